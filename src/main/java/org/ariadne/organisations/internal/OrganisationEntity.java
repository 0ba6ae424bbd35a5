package org.ariadne.organisations.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.ariadne.organisations.ActorType;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "organisation")
public class OrganisationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 40)
    private String code = "";

    @Column(nullable = false, length = 160)
    private String name = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_type", nullable = false, length = 32)
    private ActorType actorType = ActorType.NGO;

    @Column(nullable = false, length = 80)
    private String region = "";

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "notification_email", length = 254)
    private @Nullable String notificationEmail;

    protected OrganisationEntity() {
    }

    public OrganisationEntity(String code, String name, ActorType actorType, String region) {
        this.code = code;
        this.name = name;
        this.actorType = actorType;
        this.region = region;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void update(String name, ActorType actorType, String region, boolean active) {
        this.name = name;
        this.actorType = actorType;
        this.region = region;
        this.active = active;
    }

    public void setNotificationEmail(@Nullable String notificationEmail) {
        this.notificationEmail = notificationEmail;
    }

    public Organisation toValue() {
        return new Organisation(new OrganisationId(id == null ? 0 : id), version, code, name, actorType, region, active,
                notificationEmail);
    }
}
